FROM golang:1.20
RUN apt-get update && apt-get install -y libsqlite3-dev && rm -rf /var/lib/apt/lists/*
WORKDIR /src
COPY . .
RUN CGO_ENABLED=1 go build -o /bin/notes ./cmd/notes
CMD ["/bin/notes"]
