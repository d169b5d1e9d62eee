FROM node:18
WORKDIR /app
COPY package.json yarn.lock .yarnrc.yml ./
COPY .yarn ./.yarn
RUN corepack enable && yarn install --immutable
COPY . .
RUN yarn build
CMD ["node", "dist/main.js"]
