import { email } from 'react-admin';

const validateEmail = email();

/** Checks every address of a list input (e.g. a contact's emails). */
export const emailList = (values: unknown) => {
    const invalid = Array.isArray(values) ? values.find((value) => validateEmail(value, {})) : undefined;
    return invalid ? { message: 'app.validation.email', args: { value: invalid } } : undefined;
};
