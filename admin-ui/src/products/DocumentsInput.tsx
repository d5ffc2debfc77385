import { ArrayInput, SimpleFormIterator, TextInput, maxLength, required } from 'react-admin';

const validateDocument = [required(), maxLength(300)];

/** What the citizen brings along, one document a line, in one language. */
export const DocumentsInput = ({ source }: { source: 'documentsNl' | 'documentsEn' }) => (
    <ArrayInput source={source} helperText="app.product.documents_help">
        <SimpleFormIterator inline disableReordering={false} fullWidth>
            <TextInput source="" label="app.product.document" validate={validateDocument} fullWidth />
        </SimpleFormIterator>
    </ArrayInput>
);
