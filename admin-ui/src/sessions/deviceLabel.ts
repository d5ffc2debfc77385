// Order matters: Edge and Opera also say "Chrome", Chrome also says "Safari",
// Android also says "Linux", iPhones also say "Mac OS X".
const browsers: [RegExp, string][] = [
    [/Edg(e|A|iOS)?\//, 'Edge'],
    [/OPR\/|Opera/, 'Opera'],
    [/SamsungBrowser\//, 'Samsung Internet'],
    [/Firefox\/|FxiOS\//, 'Firefox'],
    [/Chrome\/|CriOS\/|Chromium\//, 'Chrome'],
    [/Version\/[\d.]+.*Safari\//, 'Safari'],
];

const systems: [RegExp, string][] = [
    [/Windows/, 'Windows'],
    [/Android/, 'Android'],
    [/iPhone|iPad|iPod/, 'iOS'],
    [/Mac OS X|Macintosh/, 'macOS'],
    [/CrOS/, 'ChromeOS'],
    [/Linux/, 'Linux'],
];

const firstMatch = (userAgent: string, patterns: [RegExp, string][]) =>
    patterns.find(([pattern]) => pattern.test(userAgent))?.[1] ?? null;

/** Browser and system named in a User-Agent header, e.g. { browser: 'Chrome', os: 'Windows' }. */
export const parseUserAgent = (userAgent: string) => ({
    browser: firstMatch(userAgent, browsers) ?? /^([\w.-]+)\//.exec(userAgent)?.[1] ?? null,
    os: firstMatch(userAgent, systems),
});
