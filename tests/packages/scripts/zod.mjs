// zod: a large library, exports map
import { z } from 'zod';
const S = z.object({ name: z.string(), age: z.number().int() });
console.log(S.safeParse({ name: 'a', age: 1 }).success, S.safeParse({ name: 1 }).error.issues.length);
