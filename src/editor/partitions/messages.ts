import { defineMessages } from '../../i18n/messages';

export const partitionMessages = defineMessages({
  heading: { en: 'Partitions', zh: '分区' },
  partitioned: {
    en: 'This connection is partitioned (Kettle clustering) into {count} partition entries, kept exactly as stored: shown here, never changed, passwords never shown.',
    zh: '此连接已分区（Kettle 集群），共 {count} 个分区条目，按原样保留：此处只显示、不修改，从不显示密码。',
  },
  partitionedUnlisted: {
    en: 'This connection is partitioned (Kettle clustering); the server sent no partition list. What it stores is kept.',
    zh: '此连接已分区（Kettle 集群）；服务器未发送分区列表。其保存的内容保持不变。',
  },
  notPartitioned: {
    en: 'Partitioning is off, but {count} partition entries are stored, kept exactly as stored (passwords never shown).',
    zh: '分区已关闭，但保存了 {count} 个分区条目，按原样保留（从不显示密码）。',
  },
  tableLabel: { en: 'Partitions of this connection (read-only)', zh: '此连接的分区（只读）' },
  number: { en: '#', zh: '序号' },
  partitionId: { en: 'Partition ID', zh: '分区 ID' },
  hostname: { en: 'Host name', zh: '主机名' },
  port: { en: 'Port', zh: '端口' },
  databaseName: { en: 'Database name', zh: '数据库名称' },
  username: { en: 'User name', zh: '用户名' },
  emptyEntry: { en: '(empty entry)', zh: '（空条目）' },
});
