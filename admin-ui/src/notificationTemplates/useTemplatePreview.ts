import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useDebounced } from '../common/useDebounced';
import { previewTemplate } from './templatesApi';

/**
 * The preview of the text as typed, asked again once typing pauses. A
 * request still on its way when the text changes is cancelled; the last
 * preview stays on screen meanwhile.
 */
export const useTemplatePreview = (id: string | undefined, subject: string, body: string) => {
    const debouncedSubject = useDebounced(subject);
    const debouncedBody = useDebounced(body);
    const query = useQuery({
        queryKey: ['notification-templates', 'preview', id, debouncedSubject, debouncedBody],
        queryFn: ({ signal }) =>
            previewTemplate(id as string, { subject: debouncedSubject, body: debouncedBody }, signal),
        enabled: !!id,
        placeholderData: keepPreviousData,
        retry: false,
    });
    return { ...query, typing: subject !== debouncedSubject || body !== debouncedBody };
};
