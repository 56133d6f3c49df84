/**
 * A handful of inline SVG icons (24×24, stroke): emoji render as empty boxes on machines without a colour emoji font,
 * and an icon font would be one more download.
 */
const PATHS = {
  chat: 'M4 5h16v11H8l-4 4z',
  dashboard: 'M4 20V10M10 20V4M16 20v-7M22 20H2',
  market: 'M3 12l9-9h8v8l-9 9zM15.5 7.5h.01',
  inventory: 'M3 7l9-4 9 4-9 4zM3 7v10l9 4 9-4V7M12 11v10',
  expenses: 'M6 2h12v20l-3-2-3 2-3-2-3 2zM9 7h6M9 11h6M9 15h4',
  marketing: 'M3 10v4l12 5V5zM15 8a4 4 0 010 8M6 14l1 6h3l-1-5',
  feedback: 'M3 5h18v12H7l-4 4zM8 10h8M8 13h5',
  support:
    'M12 3a9 9 0 100 18 9 9 0 000-18zM12 8a4 4 0 100 8 4 4 0 000-8zM5.6 5.6l3.6 3.6M14.8 14.8l3.6 3.6M18.4 5.6l-3.6 3.6M9.2 14.8l-3.6 3.6',
  attach: 'M20 11l-8.5 8.5a5 5 0 01-7-7L13 4a3.5 3.5 0 015 5l-8.5 8.5a2 2 0 01-3-3L14 7',
  camera: 'M3 8h4l2-3h6l2 3h4v12H3zM12 11a3 3 0 100 6 3 3 0 000-6z',
  edit: 'M4 20h4L19 9l-4-4L4 16zM14 6l4 4',
  trash: 'M4 7h16M9 7V4h6v3M6 7l1 13h10l1-13',
  up: 'M7 11v9H3v-9zM7 11l4-8a2 2 0 012 2v4h6a2 2 0 012 2l-2 7a2 2 0 01-2 2H7',
  down: 'M17 13V4h4v9zM17 13l-4 8a2 2 0 01-2-2v-4H5a2 2 0 01-2-2l2-7a2 2 0 012-2h10',
  menu: 'M3 6h18M3 12h18M3 18h18',
  close: 'M6 6l12 12M18 6L6 18',
  team: 'M9 11a3.5 3.5 0 100-7 3.5 3.5 0 000 7zM2 20c0-3.5 3-6 7-6s7 2.5 7 6M16 4.5a3.5 3.5 0 010 6.5M18 14c2.5.6 4 2.8 4 6',
  logout: 'M15 4h4v16h-4M10 8l-4 4 4 4M6 12h10',
  settings: 'M12 9a3 3 0 100 6 3 3 0 000-6zM12 2v3M12 19v3M2 12h3M19 12h3M4.9 4.9l2.1 2.1M17 17l2.1 2.1M4.9 19.1L7 17M17 7l2.1-2.1',
  send: 'M4 12l16-8-6 16-2-6z',
} as const;

export type IconName = keyof typeof PATHS;

export function Icon({ name, size = 20 }: { name: IconName; size?: number }) {
  return (
    <svg
      className="icon"
      width={size}
      height={size}
      viewBox="0 0 24 24"
      fill="none"
      stroke="currentColor"
      strokeWidth="2"
      strokeLinecap="round"
      strokeLinejoin="round"
      aria-hidden="true"
      focusable="false"
    >
      <path d={PATHS[name]} />
    </svg>
  );
}
