import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { previewTemplate } from './templatesApi';

// Long enough not to ask the server at every keystroke, short enough to feel live.
const typingPause = 600;

const useDebounced = (value: string) => {
    const [debounced, setDebounced] = useState(value);
    useEffect(() => {
        const timer = setTimeout(() => setDebounced(value), typingPause);
        return () => clearTimeout(timer);
    }, [value]);
    return debounced;
};

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
