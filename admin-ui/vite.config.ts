import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

// Vendor groups keep every chunk under 500 kB and let browsers cache the
// libraries across console releases. Dependencies are not pulled into a group
// recursively, otherwise react-admin would drag every library into its chunk.
const vendorGroups = [
    { name: 'vendor-react', test: /node_modules[\\/](react|react-dom|scheduler)[\\/]/ },
    { name: 'vendor-mui', test: /node_modules[\\/](@mui|@emotion|@popperjs)[\\/]/ },
    { name: 'vendor-ra', test: /node_modules[\\/](react-admin|ra-[^\\/]+)[\\/]/ },
    // the charts are only needed on the reports page, which is loaded on demand
    {
        name: 'vendor-charts',
        test: /node_modules[\\/](recharts|victory-vendor|d3-[^\\/]+|internmap|decimal\.js-light|@reduxjs|redux|redux-thunk|react-redux|reselect)[\\/]/,
    },
    { name: 'vendor', test: /node_modules[\\/]/ },
];

export default defineConfig({
    base: '/admin/',
    plugins: [react()],
    server: {
        proxy: {
            '/api': 'http://127.0.0.1:3000',
        },
    },
    build: {
        outDir: 'dist',
        emptyOutDir: true,
        rolldownOptions: {
            output: {
                codeSplitting: { groups: vendorGroups, includeDependenciesRecursively: false },
            },
        },
    },
});
