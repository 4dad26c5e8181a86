import { z } from 'zod';

// WeChat forbids `new Function`; zod must never try to compile a parser. Imported first by app.ts.
z.config({ jitless: true });
