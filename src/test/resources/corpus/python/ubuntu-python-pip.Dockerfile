FROM ubuntu:22.04
RUN apt-get update && apt-get install -y python3 python3-pip python3-dev gcc
WORKDIR /app
COPY requirements.txt .
RUN pip3 install -r requirements.txt
COPY . .
CMD ["python3", "app.py"]
