/** Whole minutes between two instants (ISO 8601 or milliseconds), never below zero. */
export const minutesBetween = (from: string, to: string | number) => {
    const end = typeof to === 'number' ? to : new Date(to).getTime();
    return Math.max(0, Math.round((end - new Date(from).getTime()) / 60_000));
};
