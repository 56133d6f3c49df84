/**
 * Passwords common in Algeria and in French that the zxcvbn-ts list (mostly English) misses. Written for Tajer from
 * AZERTY keyboard walks, words and years people reuse; compared in lower case.
 */
export const LOCAL_COMMON_PASSWORDS: readonly string[] = [
  'azertyuiop', 'azerty1234', 'azerty12345', 'azerty123456', 'azertyuiop1', 'azertyuiop123',
  'motdepasse', 'motdepasse1', 'motdepasse123', 'motdepasse2024', 'motdepasse2025', 'motdepasse2026',
  'algerie123', 'algerie1234', 'algerie2024', 'algerie2025', 'algerie2026', 'algerie1962',
  'one2three4', 'jetaime123', 'bonjour1234', 'soleil12345', 'marseille13', '0123456789',
  '0000000000', '1111111111', '123456789123', '1234512345', 'superette123', 'tajer12345',
  'tajertajer', 'bismillah123',
];
