-- The server process running an answer while it streams: on start, only the answers of processes that are gone
-- (their database session closed) are marked failed, never those another live instance is still streaming.
-- AlterTable
ALTER TABLE "Message" ADD COLUMN     "runnerId" TEXT;
