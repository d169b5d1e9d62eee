FROM node:20-bookworm
WORKDIR /srv
COPY package.json package-lock.json ./
RUN npm ci --omit=dev
COPY lib ./lib
COPY bin ./bin
RUN ln -s /srv/bin/thumbs.js /usr/local/bin/thumbs
ENTRYPOINT ["thumbs"]
