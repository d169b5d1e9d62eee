FROM node:18 AS builder
WORKDIR /app
COPY . .
RUN npm ci && npm run build

FROM node:18
WORKDIR /app
COPY --from=builder /app /app
CMD ["node", "dist/server.js"]
