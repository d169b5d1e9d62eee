FROM node:18
WORKDIR /repo
COPY package.json package-lock.json ./
COPY packages/api/package.json packages/api/
COPY packages/shared/package.json packages/shared/
RUN npm ci
COPY . .
RUN npm run build --workspace=packages/api
CMD ["node", "packages/api/dist/index.js"]
