console.log(require('@shapes/greet')());
