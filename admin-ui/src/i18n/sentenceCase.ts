/**
 * React-admin puts a resource's name inside its own sentences ("Geen %{name} gevonden"), and that name is the
 * capitalised menu label ("Tickets"). Inside a sentence a common noun is lower case ("Geen tickets gevonden"),
 * an abbreviation is not ("API-sleutels"), and the sentence still starts with a capital ("Ticket aanmaken").
 */
export const nameInSentence = (name: string) =>
    /^\p{Lu}\p{Ll}/u.test(name) ? name.charAt(0).toLocaleLowerCase() + name.slice(1) : name;

export const startWithCapital = (text: string) => text.charAt(0).toLocaleUpperCase() + text.slice(1);

// The framework's sentences with a resource name; a saved query's name is the user's own and stays as typed.
const withResourceName = (key: string) => key.startsWith('ra.') && !key.startsWith('ra.saved_queries.');

/** Wraps a translate function so react-admin's sentences read as proper Dutch and English. */
export const resourceNamesInSentences =
    <O extends { name?: unknown } | undefined>(translate: (key: string, options?: O) => string) =>
    (key: string, options?: O): string => {
        if (!withResourceName(key) || typeof options?.name !== 'string') return translate(key, options);
        return startWithCapital(translate(key, { ...options, name: nameInSentence(options.name) } as O));
    };
