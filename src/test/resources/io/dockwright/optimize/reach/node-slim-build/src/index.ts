// ms is a production dependency; typescript, which compiled this file, is a dev dependency.
declare function require(name: string): unknown;
const ms = require("ms") as (value: number, options?: { long: boolean }) => string;

console.log(`node-slim-build: ${ms(300000, { long: true })} compiled from TypeScript`);
