FROM node:20-bookworm-slim AS build
WORKDIR /app
COPY package.json package-lock.json ./
COPY admin-ui/package.json admin-ui/package-lock.json admin-ui/
RUN npm ci --no-audit --no-fund && npm --prefix admin-ui ci --no-audit --no-fund
COPY . .
RUN bash scripts/install.sh

FROM node:20-bookworm-slim
WORKDIR /app
ENV NODE_ENV=production
# a young generation of 64 MB for every process of the image: see "Node's young generation" in README.md
ENV NODE_OPTIONS=--max-semi-space-size=64
COPY --from=build /app/package.json ./
COPY --from=build /app/node_modules node_modules
COPY --from=build /app/dist dist
COPY --from=build /app/prisma prisma
COPY --from=build /app/admin-ui/dist admin-ui/dist
# the public map's browser script and stylesheet are served from the source folder (no build step)
COPY --from=build /app/src/map/public src/map/public
COPY --from=build /app/src/booking/public src/booking/public
COPY --from=build /app/src/devices/public src/devices/public
# the processes run as the image's unprivileged user; the attachment folder (a volume) is theirs
RUN mkdir -p /data/attachments && chown node:node /data/attachments
USER node
EXPOSE 3000
CMD ["node", "dist/src/main.js", "all"]
