import { defineMessages } from '../../i18n/messages';

export const partitionMessages = defineMessages({
  heading: { en: 'Partitions', zh: '分区' },
  partitioned: {
    en: 'This connection is partitioned (Kettle clustering) into {count} partition entries. They are kept exactly as stored: this editor shows them but does not change them, and never shows their passwords.',
    zh: '此连接已分区（Kettle 集群），共 {count} 个分区条目。它们按保存的原样保留：本编辑器只显示、不修改，也从不显示其密码。',
  },
  partitionedUnlisted: {
    en: 'This connection is partitioned (Kettle clustering), but the server sent no partition list. Whatever it stores is kept.',
    zh: '此连接已分区（Kettle 集群），但服务器未发送分区列表。服务器保存的内容将保持不变。',
  },
  notPartitioned: {
    en: 'Partitioning is off, but {count} partition entries are stored. They are kept exactly as stored; their passwords are never shown.',
    zh: '分区已关闭，但保存了 {count} 个分区条目。它们按保存的原样保留，其密码从不显示。',
  },
  tableLabel: { en: 'Partitions of this connection (read-only)', zh: '此连接的分区（只读）' },
  number: { en: '#', zh: '序号' },
  partitionId: { en: 'Partition ID', zh: '分区 ID' },
  hostname: { en: 'Host name', zh: '主机名' },
  port: { en: 'Port', zh: '端口' },
  databaseName: { en: 'Database name', zh: '数据库名称' },
  username: { en: 'User name', zh: '用户名' },
  emptyEntry: { en: '(empty entry)', zh: '（空条目）' },
  loading: { en: 'Loading the partitions…', zh: '正在加载分区…' },
  loadFailed: { en: 'The partition list could not be loaded.', zh: '无法加载分区列表。' },
  retry: { en: 'Try again', zh: '重试' },
});
