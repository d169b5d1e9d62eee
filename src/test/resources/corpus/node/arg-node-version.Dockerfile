ARG NODE_VERSION=18
FROM node:${NODE_VERSION}
WORKDIR /app
COPY package*.json ./
RUN npm ci
COPY . .
CMD ["node", "index.js"]
