FROM python:3.11
WORKDIR /app
COPY pip.conf /etc/pip.conf
COPY requirements.txt .
RUN pip install -r requirements.txt
COPY . .
CMD ["python", "-m", "reports"]
