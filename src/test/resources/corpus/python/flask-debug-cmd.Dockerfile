FROM python:3.11-slim
WORKDIR /app
COPY . .
RUN pip install flask
ENV FLASK_DEBUG=1
CMD ["flask", "run", "--host=0.0.0.0", "--reload"]
