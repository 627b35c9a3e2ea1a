/**
 * The NHS number check digit (modulus 11, NHS Data Dictionary): weight the first nine digits 10
 * down to 2, sum, take the remainder mod 11; the check digit is 11 minus it (11 becomes 0, and 10
 * means the number cannot be valid). A ten-digit number that fails is not an NHS number, so it is
 * left to the other rules (a phone number, an order number).
 */
export function isValidNhsNumber(digits: string): boolean {
  if (!/^\d{10}$/.test(digits)) return false;
  let sum = 0;
  for (let i = 0; i < 9; i++) sum += Number(digits[i]) * (10 - i);
  const check = 11 - (sum % 11);
  if (check === 10) return false;
  return (check === 11 ? 0 : check) === Number(digits[9]);
}
