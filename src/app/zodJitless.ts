import { z } from 'zod';

// Zod compiles object parsers with `new Function` unless told not to, and probes
// for it when the first object schema is built. The production page's
// Content-Security-Policy forbids eval, so every probe is a logged CSP violation.
// Schemas read this setting when they are constructed: main.tsx imports this
// module before anything that defines a schema.
z.config({ jitless: true });
