FROM golang:1.19
COPY . /go/src/github.com/acme/ticker
RUN cd /go/src/github.com/acme/ticker && go install ./...
CMD ["ticker"]
