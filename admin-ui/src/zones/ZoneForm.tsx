import { Grid, Typography } from '@mui/material';
import {
    DeleteButton,
    SaveButton,
    SimpleForm,
    TextInput,
    Toolbar,
    required,
    useRecordContext,
    useTranslate,
} from 'react-admin';
import { useWatch } from 'react-hook-form';
import type { Zone } from '../types';
import { GeoJsonFileButton } from './GeoJsonFileButton';
import { geometryText, parseZoneGeometry, validateGeometryText } from './zoneGeometry';
import { ZonePreview } from './ZonePreview';

/** Redraws as the admin types or uploads; nothing is drawn while the text is not a shape. */
const LivePreview = () => {
    const translate = useTranslate();
    const text = useWatch({ name: 'geometryText' }) as string | undefined;
    const parsed = text ? parseZoneGeometry(text) : undefined;
    return (
        <>
            <Typography variant="subtitle2" gutterBottom>
                {translate('app.zone.preview')}
            </Typography>
            <ZonePreview geometry={parsed && 'geometry' in parsed ? parsed.geometry : null} size={240} />
        </>
    );
};

const ZoneToolbar = () => {
    const zone = useRecordContext<Zone>();
    return (
        <Toolbar sx={{ justifyContent: 'space-between' }}>
            <SaveButton />
            {zone && (
                <DeleteButton
                    mutationMode="pessimistic"
                    confirmTitle="app.zone.delete_title"
                    confirmContent="app.zone.delete_content"
                    translateOptions={{ name: zone.name }}
                />
            )}
        </Toolbar>
    );
};

// The shape is edited as text; the record's geometry fills it on edit.
const initialValues = (zone?: Partial<Zone>) => ({ geometryText: geometryText(zone?.geometry) });

const monospace = { '& textarea': { fontFamily: 'monospace', fontSize: '0.8rem' } };

export const ZoneForm = () => (
    <SimpleForm defaultValues={initialValues} toolbar={<ZoneToolbar />}>
        <Grid container spacing={3} sx={{ width: '100%' }}>
            <Grid size={{ xs: 12, md: 8 }}>
                <TextInput source="name" validate={required()} />
                <GeoJsonFileButton />
                <TextInput
                    source="geometryText"
                    multiline
                    minRows={10}
                    maxRows={24}
                    validate={validateGeometryText}
                    helperText="app.zone.geometry_help"
                    sx={monospace}
                />
            </Grid>
            <Grid size={{ xs: 12, md: 4 }}>
                <LivePreview />
            </Grid>
        </Grid>
    </SimpleForm>
);
