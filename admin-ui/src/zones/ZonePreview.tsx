import { Box, Typography } from '@mui/material';
import { useTranslate } from 'react-admin';
import type { LngLat, ZoneGeometry } from '../types';
import { ringsOf } from './zoneGeometry';

const isPoint = (point: unknown): point is LngLat =>
    Array.isArray(point) && Number.isFinite(point[0]) && Number.isFinite(point[1]);

/**
 * The zone's outline scaled to its bounding box. There are no map tiles on
 * this network; the shape alone is enough to spot a wrong file or swapped
 * coordinates. Longitude is shrunk by cos(latitude) so Flanders does not
 * look stretched.
 */
export const ZonePreview = ({ geometry, size = 200 }: { geometry?: ZoneGeometry | null; size?: number }) => {
    const translate = useTranslate();
    const rings = geometry ? ringsOf(geometry).map((ring) => (Array.isArray(ring) ? ring.filter(isPoint) : [])) : [];
    const points = rings.flat();
    if (points.length < 3) {
        return size < 100 ? null : (
            <Typography variant="body2" color="text.secondary">
                {translate('app.zone.no_preview')}
            </Typography>
        );
    }
    const lngs = points.map((p) => p[0]);
    const lats = points.map((p) => p[1]);
    const [minLng, maxLng, minLat, maxLat] = [
        Math.min(...lngs),
        Math.max(...lngs),
        Math.min(...lats),
        Math.max(...lats),
    ];
    const squeeze = Math.cos((((minLat + maxLat) / 2) * Math.PI) / 180);
    const width = (maxLng - minLng) * squeeze || 1e-9;
    const height = maxLat - minLat || 1e-9;
    const scale = (size * 0.9) / Math.max(width, height);
    const x = (lng: number) => size * 0.05 + (lng - minLng) * squeeze * scale;
    const y = (lat: number) => size * 0.05 + (maxLat - lat) * scale;
    const path = rings
        .filter((ring) => ring.length > 2)
        .map((ring) => `M${ring.map(([lng, lat]) => `${x(lng).toFixed(1)},${y(lat).toFixed(1)}`).join('L')}Z`)
        .join(' ');
    return (
        <Box
            component="svg"
            viewBox={`0 0 ${size} ${size}`}
            width={size}
            height={size}
            role="img"
            aria-label={translate('app.zone.preview')}
            data-testid="zone-preview"
            sx={{ bgcolor: 'action.hover', borderRadius: 1, display: 'block' }}
        >
            {/* evenodd: later rings of a polygon are holes. */}
            <path
                d={path}
                fillRule="evenodd"
                fill="rgba(25, 118, 210, 0.25)"
                stroke="#1976d2"
                strokeWidth={size < 100 ? 1 : 1.5}
                vectorEffect="non-scaling-stroke"
            />
        </Box>
    );
};
