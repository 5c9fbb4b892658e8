/**
 * Names that are also everyday words in casework email ("Will", "May", "Close", "Hill" as in
 * "Press or Hill Interest"). Alone they would flag every draft, so the PHI guard counts them only
 * next to another part of the beneficiary's name. Every other name part counts alone.
 */
const COMMON_WORDS = new Set(
  (
    'will may june april august case close rose mark grant bill price white black brown green young long ' +
    'hill king page post call ward bell hall wood little best hope joy faith love day rich sharp strong ' +
    'street lane west north south east park field read more summer winter major care press cash ' +
    'plan hello thank thanks open new see hope early small short good first last law may be'
  ).split(' '),
);

export function isCommonWord(token: string): boolean {
  return COMMON_WORDS.has(token.toLowerCase());
}
