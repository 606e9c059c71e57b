// The bench's heavy cases alone (see ./heavy.ts); `npm run bench` runs them after the main bench.
import { formatHeavy, runHeavy } from './heavy';

const results = await runHeavy(20, (line) => console.log(line));
console.log(`\n${formatHeavy(results)}`);
