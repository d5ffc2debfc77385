/**
 * The optional signals for a new ticket. Both are off until the agent switches them on (per browser): a short
 * tone made with Web Audio (no sound file to load) and a browser notification.
 */
export const playNewTicketTone = () => {
    const AudioContextClass = window.AudioContext;
    if (!AudioContextClass) return;
    const context = new AudioContextClass();
    const oscillator = context.createOscillator();
    const gain = context.createGain();
    oscillator.frequency.value = 880;
    gain.gain.setValueAtTime(0.15, context.currentTime);
    gain.gain.exponentialRampToValueAtTime(0.001, context.currentTime + 0.4);
    oscillator.connect(gain).connect(context.destination);
    oscillator.start();
    oscillator.stop(context.currentTime + 0.4);
    oscillator.onended = () => void context.close();
};

export const notificationsSupported = () => typeof window !== 'undefined' && 'Notification' in window;

export const showNewTicketNotification = (title: string, body: string) => {
    if (!notificationsSupported() || Notification.permission !== 'granted') return;
    new Notification(title, { body, tag: 'voordeur-new-ticket' });
};
