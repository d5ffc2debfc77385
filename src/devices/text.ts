/** The words on the town hall's devices: the check-in kiosk speaks Dutch, English and French; the waiting-room screen Dutch. */

export const KIOSK_LANGUAGES = ['nl', 'en', 'fr'] as const;
export type KioskLanguage = (typeof KIOSK_LANGUAGES)[number];

export function kioskLanguage(raw: unknown): KioskLanguage {
  return raw === 'en' || raw === 'fr' ? raw : 'nl';
}

/** html lang and the locale dates and times are written in */
export const LOCALE: Record<KioskLanguage, string> = { nl: 'nl-BE', en: 'en-GB', fr: 'fr-BE' };

/** How to book when there are no walk-in hours, per language: the booking page and, when the town has one, its phone number. */
export interface Booking {
  url: string;
  phone?: string;
}

/**
 * Everything the kiosk says. {n}, {time}, {date}, {from}, {hours} and {documents} are filled in by the browser script. Keys are the same in
 * every language (a test checks this).
 */
export function kioskText(booking: Booking) {
  const { url, phone } = booking;
  return {
    nl: {
      languageName: 'Nederlands',
      title: 'Aanmelden',
      welcome: 'Welkom',
      question: 'Waarvoor komt u?',
      haveAppointment: 'Ik heb een afspraak',
      walkIn: 'Zonder afspraak',
      walkInClosed: 'Er zijn nu geen uren zonder afspraak.',
      walkInHours: 'Zonder afspraak vandaag: {hours}.',
      howToBook: `Maak een afspraak op ${url}${phone ? ` of bel ${phone}` : ''}. Voor iets anders kunt u terecht aan het onthaal.`,
      loading: 'Even geduld…',
      unavailable: 'De aanmeldzuil is even niet beschikbaar. Probeer het zo opnieuw, of vraag het aan het onthaal.',
      codeTitle: 'Geef uw afspraakcode in',
      codeHint: 'De code van 6 tekens staat in uw bevestiging. U kunt ook de QR-code uit de bevestiging scannen.',
      codeLabel: 'Afspraakcode',
      keypad: 'Toetsenbord',
      backspace: 'Laatste teken wissen',
      send: 'Aanmelden',
      back: 'Terug',
      sending: 'Even geduld…',
      chooseProduct: 'Waarvoor komt u?',
      bring: 'Breng mee: {documents}',
      noProducts: 'Zonder afspraak kunt u nu voor niets een nummer nemen. Vraag het aan het onthaal.',
      yourNumber: 'Uw nummer',
      position: 'U bent nummer {n} in de rij.',
      appointmentAt: 'Uw afspraak is om {time}.',
      documentReady: 'U komt uw document afhalen: {document} ({reference}). Het ligt voor u klaar.',
      watchScreen: 'Hou het scherm in de wachtzaal in het oog: daar verschijnt uw nummer met het loket.',
      print: 'Ticket afdrukken',
      done: 'Klaar',
      checkedInAt: 'Aangemeld op {time}',
      needCode: 'Geef de code van 6 tekens in.',
      unknownCode:
        'We kennen deze code hier niet. Kijk de code na in uw bevestiging (e-mail of sms) en geef ze opnieuw in, of vraag het aan het onthaal.',
      unknownCodeWalkIn:
        'We kennen deze code hier niet. Kijk de code na in uw bevestiging (e-mail of sms) en geef ze opnieuw in, neem een nummer zonder afspraak, of vraag het aan het onthaal.',
      tooEarly: 'U bent te vroeg. Uw afspraak is vandaag om {time}. U kunt zich aanmelden vanaf {from}.',
      tooEarlyTomorrow:
        'U bent te vroeg. Uw afspraak is morgen, {date}, om {time}. U kunt zich aanmelden vanaf {from}.',
      tooEarlyLater: 'U bent te vroeg. Uw afspraak is op {date} om {time}. U kunt zich die dag aanmelden vanaf {from}.',
      tooEarlyNoTime: 'U bent te vroeg voor deze afspraak. Kom iets later terug.',
      tooLate:
        'U bent te laat voor deze afspraak. Vraag het aan het onthaal, of neem een nummer zonder afspraak als dat vandaag kan.',
      cancelled: 'Deze afspraak werd geannuleerd. Vraag het aan het onthaal.',
      appointmentOnly: 'Hiervoor moet u een afspraak maken.',
      closed: 'Er zijn nu geen uren zonder afspraak.',
      notServed: 'Dit wordt hier niet behandeld. Vraag het aan het onthaal.',
      tooMany: 'Een ogenblik: probeer het over enkele seconden opnieuw.',
      failed: 'Er ging iets mis. Probeer het opnieuw, of vraag het aan het onthaal.',
      notSetUp: 'Dit toestel is niet ingesteld',
      notSetUpText: 'U kunt zich aanmelden aan het onthaal.',
      notSetUpStaff:
        'Voor de beheerder: maak onder Apparaten in de console een kiosk aan en open de link die u krijgt.',
    },
    en: {
      languageName: 'English',
      title: 'Check in',
      welcome: 'Welcome',
      question: 'What brings you here?',
      haveAppointment: 'I have an appointment',
      walkIn: 'Without an appointment',
      walkInClosed: 'There are no hours without appointment right now.',
      walkInHours: 'Without appointment today: {hours}.',
      howToBook: `Make an appointment at ${url}${phone ? ` or call ${phone}` : ''}. For anything else, please ask at the reception desk.`,
      loading: 'One moment…',
      unavailable:
        'The check-in kiosk is unavailable for a moment. Please try again shortly, or ask at the reception desk.',
      codeTitle: 'Enter your appointment code',
      codeHint: 'The 6-character code is in your confirmation. You can also scan the QR code from the confirmation.',
      codeLabel: 'Appointment code',
      keypad: 'Keypad',
      backspace: 'Delete the last character',
      send: 'Check in',
      back: 'Back',
      sending: 'One moment…',
      chooseProduct: 'What do you come for?',
      bring: 'Please bring: {documents}',
      noProducts:
        'There is nothing you can take a number for without an appointment right now. Please ask at the reception desk.',
      yourNumber: 'Your number',
      position: 'You are number {n} in the queue.',
      appointmentAt: 'Your appointment is at {time}.',
      documentReady: 'You are picking up your document: {document} ({reference}). It is ready for you.',
      watchScreen:
        'Keep an eye on the screen in the waiting room: your number will appear there with the desk to go to.',
      print: 'Print ticket',
      done: 'Done',
      checkedInAt: 'Checked in {time}',
      needCode: 'Enter the 6-character code.',
      unknownCode:
        'We do not know this code here. Please check the code in your confirmation (email or text message) and enter it again, or ask at the reception desk.',
      unknownCodeWalkIn:
        'We do not know this code here. Please check the code in your confirmation (email or text message) and enter it again, take a number without an appointment, or ask at the reception desk.',
      tooEarly: 'You are early. Your appointment is today at {time}. You can check in from {from}.',
      tooEarlyTomorrow: 'You are early. Your appointment is tomorrow, {date}, at {time}. You can check in from {from}.',
      tooEarlyLater: 'You are early. Your appointment is on {date} at {time}. You can check in from {from} that day.',
      tooEarlyNoTime: 'You are early for this appointment. Please come back a little later.',
      tooLate:
        'You are too late for this appointment. Please ask at the reception desk, or take a number without appointment if that is possible today.',
      cancelled: 'This appointment was cancelled. Please ask at the reception desk.',
      appointmentOnly: 'This is only served by appointment.',
      closed: 'There are no hours without appointment right now.',
      notServed: 'This is not served here. Please ask at the reception desk.',
      tooMany: 'One moment: please try again in a few seconds.',
      failed: 'Something went wrong. Please try again, or ask at the reception desk.',
      notSetUp: 'This device is not set up',
      notSetUpText: 'You can check in at the reception desk.',
      notSetUpStaff:
        'For the administrator: create a kiosk under Apparaten (devices) in the console and open the link it gives.',
    },
    fr: {
      languageName: 'Français',
      title: 'Enregistrement',
      welcome: 'Bienvenue',
      question: 'Pourquoi venez-vous ?',
      haveAppointment: 'J’ai un rendez-vous',
      walkIn: 'Sans rendez-vous',
      walkInClosed: 'Il n’y a pas de permanence sans rendez-vous pour le moment.',
      walkInHours: 'Sans rendez-vous aujourd’hui : {hours}.',
      howToBook: `Prenez rendez-vous sur ${url}${phone ? ` ou appelez le ${phone}` : ''}. Pour toute autre question, adressez-vous à l’accueil.`,
      loading: 'Un instant…',
      unavailable: 'La borne est momentanément indisponible. Réessayez dans un instant ou adressez-vous à l’accueil.',
      codeTitle: 'Entrez votre code de rendez-vous',
      codeHint:
        'Le code de 6 caractères figure dans votre confirmation. Vous pouvez aussi scanner le code QR de la confirmation.',
      codeLabel: 'Code de rendez-vous',
      keypad: 'Clavier',
      backspace: 'Effacer le dernier caractère',
      send: 'M’enregistrer',
      back: 'Retour',
      sending: 'Un instant…',
      chooseProduct: 'Pour quel service venez-vous ?',
      bring: 'À apporter : {documents}',
      noProducts: 'Aucun service n’est proposé sans rendez-vous pour le moment. Adressez-vous à l’accueil.',
      yourNumber: 'Votre numéro',
      position: 'Vous êtes numéro {n} dans la file.',
      appointmentAt: 'Votre rendez-vous est à {time}.',
      documentReady: 'Vous venez chercher votre document : {document} ({reference}). Il est prêt.',
      watchScreen:
        'Surveillez l’écran de la salle d’attente : votre numéro y apparaîtra avec le guichet où vous rendre.',
      print: 'Imprimer le ticket',
      done: 'Terminé',
      checkedInAt: 'Enregistré le {time}',
      needCode: 'Entrez le code de 6 caractères.',
      unknownCode:
        'Nous ne connaissons pas ce code ici. Vérifiez le code dans votre confirmation (e-mail ou SMS) et entrez-le à nouveau, ou adressez-vous à l’accueil.',
      unknownCodeWalkIn:
        'Nous ne connaissons pas ce code ici. Vérifiez le code dans votre confirmation (e-mail ou SMS) et entrez-le à nouveau, prenez un numéro sans rendez-vous, ou adressez-vous à l’accueil.',
      tooEarly:
        'Vous êtes en avance. Votre rendez-vous est aujourd’hui à {time}. Vous pouvez vous enregistrer à partir de {from}.',
      tooEarlyTomorrow:
        'Vous êtes en avance. Votre rendez-vous est demain, {date}, à {time}. Vous pouvez vous enregistrer à partir de {from}.',
      tooEarlyLater:
        'Vous êtes en avance. Votre rendez-vous est le {date} à {time}. Vous pouvez vous enregistrer ce jour-là à partir de {from}.',
      tooEarlyNoTime: 'Vous êtes en avance pour ce rendez-vous. Revenez un peu plus tard.',
      tooLate:
        'Vous êtes en retard pour ce rendez-vous. Adressez-vous à l’accueil, ou prenez un numéro sans rendez-vous si c’est possible aujourd’hui.',
      cancelled: 'Ce rendez-vous a été annulé. Adressez-vous à l’accueil.',
      appointmentOnly: 'Ce service est uniquement sur rendez-vous.',
      closed: 'Il n’y a pas de permanence sans rendez-vous pour le moment.',
      notServed: 'Ce service n’est pas proposé ici. Adressez-vous à l’accueil.',
      tooMany: 'Un instant : réessayez dans quelques secondes.',
      failed: 'Une erreur s’est produite. Réessayez ou adressez-vous à l’accueil.',
      notSetUp: 'Cet appareil n’est pas configuré',
      notSetUpText: 'Vous pouvez vous enregistrer à l’accueil.',
      notSetUpStaff:
        'Pour l’administrateur : créez une borne sous Apparaten (appareils) dans la console et ouvrez le lien obtenu.',
    },
  } satisfies Record<KioskLanguage, Record<string, string>>;
}

export type KioskText = ReturnType<typeof kioskText>['nl'];

/** The waiting-room screen (Dutch only: numbers and desk names need no translation). */
export const SCREEN_TEXT = {
  title: 'Wachtzaal',
  now: 'Nu aan de beurt',
  previous: 'Vorige oproepen',
  empty: 'Welkom. Uw nummer verschijnt hier zodra u aan de beurt bent.',
  toDesk: 'naar',
  reconnecting: 'verbinding herstellen…',
  soundOn: 'Geluid aan',
  soundOff: 'Geluid uit',
  noscript: 'Dit scherm heeft JavaScript nodig.',
  notSetUp: 'Dit toestel is niet ingesteld',
  notSetUpText: 'Voor de beheerder: maak onder Apparaten in de console een scherm aan en open de link die u krijgt.',
  /** what speechSynthesis says: "Nummer A 0 1 2, naar loket 3" */
  announce: 'Nummer {number}, naar {desk}',
};
