FROM debian:bookworm
RUN apt-get update && apt-get install -y nodejs npm && rm -rf /var/lib/apt/lists/*
WORKDIR /opt/app
COPY package.json package-lock.json ./
RUN npm ci
COPY . .
CMD ["nodejs", "main.js"]
