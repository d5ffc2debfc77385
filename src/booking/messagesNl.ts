import { NL } from '../pages/messagesNl';

/**
 * Dutch wording of the appointment API's messages (the API speaks English to developers). The booking script
 * shows these next to the fields and in the error summary; messages it does not know are shown as they are.
 */
export const BOOKING_NL: Record<string, string> = {
  ...NL,
  'Give your name.': 'Vul uw naam in.',
  'Give an email address or a phone number, so we can confirm and remind you.':
    'Geef een e-mailadres of een telefoonnummer, zodat we uw afspraak kunnen bevestigen en u eraan kunnen herinneren.',
  'Email or phone needed.': 'Geef een e-mailadres of een telefoonnummer.',
  'This time is no longer free: choose another time from the availability.':
    'Dit uur is intussen niet meer vrij. Kies een ander uur.',
  'No longer free.': 'Niet meer vrij.',
  'You already have this appointment: use the link in your confirmation to see, move or cancel it.':
    'U hebt deze afspraak al. Gebruik de link in uw bevestiging om ze te bekijken, te verplaatsen of te annuleren.',
  'Already booked by you.': 'Al door u geboekt.',
  'This product cannot be booked online: please call us.':
    'Voor dit product kunt u niet online een afspraak maken. Bel ons.',
  'Not bookable online.': 'Niet online te boeken.',
  'No such product: see GET /api/public/services.': 'Dit product bestaat niet (meer). Kies een ander product.',
  'No appointment for this link: use the link from your most recent confirmation.':
    'Bij deze link hoort geen afspraak. Gebruik de link uit uw meest recente bevestiging.',
  'This appointment was cancelled; make a new one.': 'Deze afspraak is geannuleerd. Maak een nieuwe afspraak.',
  'This appointment has already taken place.': 'Deze afspraak heeft al plaatsgevonden.',
  'This appointment has already started; call us to change it.':
    'Deze afspraak is al begonnen. Bel ons om ze te wijzigen.',
  'The service is temporarily unavailable; please try again in a few seconds.':
    'De dienst is even niet bereikbaar. Probeer het over enkele seconden opnieuw.',
  'Something went wrong on our side. Please try again later.': 'Er ging bij ons iets mis. Probeer het later opnieuw.',
};
