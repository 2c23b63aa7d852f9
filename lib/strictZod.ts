import { z } from 'zod';

// Zod 4 compiles validators with `new Function` when it can. Extension pages forbid eval (strict
// CSP, no remote or generated code), so every LeadLens context imports this first.
z.config({ jitless: true });
