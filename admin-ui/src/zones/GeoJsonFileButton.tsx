import UploadFileIcon from '@mui/icons-material/UploadFile';
import { Button } from '@mui/material';
import type { ChangeEvent } from 'react';
import { useNotify, useTranslate } from 'react-admin';
import { useFormContext } from 'react-hook-form';

/** Reads a .geojson file into the text area, where it can still be checked and edited before saving. */
export const GeoJsonFileButton = () => {
    const translate = useTranslate();
    const notify = useNotify();
    const { setValue, getValues } = useFormContext();

    const read = async (event: ChangeEvent<HTMLInputElement>) => {
        const file = event.target.files?.[0];
        // The same file can be chosen again after fixing it on disk.
        event.target.value = '';
        if (!file) return;
        try {
            setValue('geometryText', await file.text(), { shouldDirty: true, shouldValidate: true });
            if (!getValues('name')) setValue('name', file.name.replace(/\.(geo)?json$/i, ''), { shouldDirty: true });
        } catch (error) {
            notify('app.zone.upload_failed', { type: 'error', messageArgs: { error: (error as Error).message } });
        }
    };

    return (
        <Button
            component="label"
            variant="outlined"
            startIcon={<UploadFileIcon />}
            sx={{ alignSelf: 'flex-start', mb: 1 }}
        >
            {translate('app.zone.upload')}
            <input
                type="file"
                hidden
                accept=".geojson,.json,application/geo+json,application/json"
                onChange={read}
                data-testid="geojson-file"
            />
        </Button>
    );
};
