FROM node:18
WORKDIR /app
ADD . /app
RUN npm install --production
EXPOSE 8080
CMD npm start
