/** Dutch wording of the public pages' validation messages (contact form, booking, map; the API speaks English to developers). */
export const NL: Record<string, string> = {
  'Use at most 200 characters.': 'Gebruik maximaal 200 tekens.',
  'Use at most 300 characters.': 'Gebruik maximaal 300 tekens.',
  'Enter a subject.': 'Vul een onderwerp in.',
  'Use at least 3 characters.': 'Gebruik minstens 3 tekens.',
  'Enter your message.': 'Vul uw bericht in.',
  'Use at most 10,000 characters.': 'Gebruik maximaal 10.000 tekens.',
  'Enter a number.': 'Vul een getal in.',
  'Give an email address or a phone number so that we can answer you.':
    'Geef een e-mailadres of een telefoonnummer, zodat we u kunnen antwoorden.',
  'Give both latitude and longitude, or neither.': 'Geef zowel breedte- als lengtegraad, of geen van beide.',
  'This is not a valid email address (example: naam@voorbeeld.be).':
    'Dit is geen geldig e-mailadres (voorbeeld: naam@voorbeeld.be).',
  'This email address is too long.': 'Dit e-mailadres is te lang.',
  'This is not a valid phone number (example: 0470 12 34 56 or +32 470 12 34 56).':
    'Dit is geen geldig telefoonnummer (voorbeeld: 0470 12 34 56 of +32 470 12 34 56).',
  'This phone number is too long.': 'Dit telefoonnummer is te lang.',
  'Unknown category.': 'Onbekend onderwerp.',
  'Choose one of the categories listed at /api/public/categories.': 'Kies een van de onderwerpen uit de lijst.',
  'The multipart form could not be read: its boundary is missing or does not match, or the body was cut off.':
    'Het formulier kwam onvolledig of beschadigd aan. Verstuur het opnieuw.',
  'Contains a NUL character.': 'Bevat een ongeldig teken (NUL).',
  'This looks like an automated submission, so it was not sent. If you are a person, please try again.':
    'Dit bericht lijkt automatisch verstuurd en werd daarom niet verzonden. Bent u een persoon? Probeer het dan opnieuw.',
  // e-loket
  'Enter your name.': 'Vul uw naam in.',
  'Choose email, post or pickup.': 'Kies hoe u het document wilt ontvangen.',
  'Give an email address or a phone number so that we can reach you.':
    'Geef een e-mailadres of een telefoonnummer, zodat we u kunnen bereiken.',
  'Give an email address to receive the document by email.':
    'Geef een e-mailadres om het document per e-mail te krijgen.',
  'Give the address to post the document to.': 'Geef het adres waar we het document naartoe sturen.',
  'Add one file.': 'Voeg één bestand toe.',
};

export function localize(message: string, lang: 'nl' | 'en'): string {
  if (lang === 'en') return message;
  const file = /^"(.*)" is not a photo \(JPEG, PNG, GIF, WebP, HEIC\) or a PDF\.$/.exec(message);
  if (file) return `"${file[1]}" is geen foto (JPEG, PNG, GIF, WebP, HEIC) of pdf.`;
  const named = /^"(.*)" is named (\S+) but its content is (\S+)\.$/.exec(message);
  if (named) return `"${named[1]}" heet ${named[2]} maar is eigenlijk een ${named[3]}-bestand.`;
  const big = /^A file is larger than (\d+) MB\.$/.exec(message);
  if (big) return `Een bestand is groter dan ${big[1]} MB.`;
  const many = /^At most (\d+) files may be attached/.exec(message);
  if (many) return `U kunt maximaal ${many[1]} bestanden toevoegen.`;
  return NL[message] ?? message;
}
