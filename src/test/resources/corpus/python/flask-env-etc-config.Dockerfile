FROM python:3.11
RUN mkdir -p /etc/inventory && echo "level=info" > /etc/inventory/logging.ini
WORKDIR /app
COPY requirements.txt .
RUN pip install -r requirements.txt
COPY . .
ENV INVENTORY_CONFIG=/etc/inventory/logging.ini
CMD ["flask", "--app", "inventory", "run", "--host=0.0.0.0"]
