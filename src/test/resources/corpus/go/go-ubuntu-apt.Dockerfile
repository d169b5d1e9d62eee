FROM ubuntu:22.04
RUN apt-get update && apt-get install -y golang-go git
WORKDIR /app
COPY . .
RUN go build -o dnsd .
CMD ["./dnsd"]
