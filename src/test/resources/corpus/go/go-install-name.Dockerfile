FROM golang:1.21
WORKDIR /go/src/app
COPY . .
RUN go install -v ./cmd/mailhook
CMD ["mailhook"]
