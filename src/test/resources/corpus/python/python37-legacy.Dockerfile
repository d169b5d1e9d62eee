FROM python:3.7
MAINTAINER ops@example.org
ADD . /app
WORKDIR /app
RUN pip install -r requirements.txt
EXPOSE 80
CMD python app.py
