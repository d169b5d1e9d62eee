const _ = require("lodash");

const words: string[] = ["lean", "images", "ship", "faster"];
console.log(`node-app: hello from Node ${process.versions.node.split(".")[0]} (${_.kebabCase(words.join(" "))})`);
