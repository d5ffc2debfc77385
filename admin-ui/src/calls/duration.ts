const twoDigits = (n: number) => String(n).padStart(2, '0');

/** Seconds as a clock: "0:45", "12:03", "1:02:03". */
export const formatCallDuration = (seconds: number) => {
    const total = Math.max(0, Math.round(seconds));
    const hours = Math.floor(total / 3600);
    const minutes = Math.floor((total % 3600) / 60);
    const rest = total % 60;
    return hours ? `${hours}:${twoDigits(minutes)}:${twoDigits(rest)}` : `${minutes}:${twoDigits(rest)}`;
};
