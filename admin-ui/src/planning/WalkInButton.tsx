import DirectionsWalkIcon from '@mui/icons-material/DirectionsWalk';
import { Tooltip } from '@mui/material';
import { useState } from 'react';
import { Button, useCanAccess, useTranslate } from 'react-admin';
import type { Desk, Product } from '../types';
import { WalkInDialog } from './WalkInDialog';

interface WalkInButtonProps {
    desk: Desk;
    products: Product[];
    /** A walk-in is served now: only on today's planning. */
    today: boolean;
}

/** "Zonder afspraak" on a desk's column. */
export const WalkInButton = ({ desk, products, today }: WalkInButtonProps) => {
    const translate = useTranslate();
    const { canAccess } = useCanAccess({ resource: 'appointments', action: 'create' });
    const [open, setOpen] = useState(false);
    if (!canAccess) return null;
    const reason = !today
        ? translate('app.planning.walk_in_today_only')
        : !desk.active
          ? translate('app.planning.walk_in_inactive')
          : products.length === 0
            ? translate('app.planning.walk_in_no_products')
            : '';
    return (
        <>
            <Tooltip title={reason}>
                {/* A disabled button fires no events; the span keeps the tooltip working. */}
                <span>
                    <Button
                        label="app.planning.walk_in"
                        size="small"
                        variant="outlined"
                        onClick={() => setOpen(true)}
                        disabled={Boolean(reason)}
                        aria-label={`${translate('app.planning.walk_in')}: ${desk.name}`}
                        data-testid="walk-in"
                    >
                        <DirectionsWalkIcon />
                    </Button>
                </span>
            </Tooltip>
            {open && <WalkInDialog desk={desk} products={products} onClose={() => setOpen(false)} />}
        </>
    );
};
