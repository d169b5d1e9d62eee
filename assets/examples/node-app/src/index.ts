import kebabCase from "lodash/kebabCase";

const words: string[] = ["lean", "images", "ship", "faster"];
const major = process.versions.node.split(".")[0];
console.log(`node-app: hello from Node ${major} (${kebabCase(words.join(" "))})`);
