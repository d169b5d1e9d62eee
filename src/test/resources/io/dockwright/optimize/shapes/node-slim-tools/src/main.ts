declare const require: (name: string) => (value: number) => string;
const ms = require("ms");
const greeting: string = "built from TypeScript on node:18-slim";
console.log(`shape-slim-tools: ${greeting}, ${ms(90000)} from ms`);
