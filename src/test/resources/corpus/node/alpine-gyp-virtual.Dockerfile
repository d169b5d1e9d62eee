FROM node:18-alpine
RUN apk add --no-cache --virtual .gyp python3 make g++
WORKDIR /app
COPY package.json yarn.lock ./
RUN yarn install --frozen-lockfile && apk del .gyp
COPY . .
CMD ["node", "worker.js"]
